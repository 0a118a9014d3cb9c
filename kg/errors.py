"""One exception family, so the command line has a single error path."""


class KgError(Exception):
    """Base of every error kg raises on purpose; its message is shown to the user as is."""


class ReadError(KgError):
    """An article file could not be read or understood."""


class ExtractError(KgError):
    """Claims could not be extracted from an article."""


class StoreError(KgError):
    """The SQLite store could not be opened, read or written."""


class ExportError(KgError):
    """The graph could not be written in the requested format."""
