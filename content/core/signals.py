from . import pagecache


def connect():
    """Any saved or deleted content shows at once: the page cache watches
    content itself (content.core.pagecache); search watches what it indexes."""
    pagecache.connect_signals()
