"""claimwatch: troop, equipment and casualty claims from a news stream, with alerts on what is new."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("claimwatch")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0"
