VERSION = "0.1.0"  # kept equal to pyproject.toml by packaging/build.sh and a test
