"""`python -m evalclient`: the same command line as the `evalclient` console script."""

from evalclient.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
