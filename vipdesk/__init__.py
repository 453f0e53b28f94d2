"""VIP Desk: the branch service desk for an insurer's VIP members."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("vipdesk")  # the one version source: the package metadata
except PackageNotFoundError:  # a bare checkout on sys.path without `pip install -e .`
    __version__ = "0+unknown"
