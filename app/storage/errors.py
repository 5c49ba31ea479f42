"""Errors the app shows as a clear message instead of a traceback."""


class StorageError(Exception):
    """Base class: str(error) is a sentence fit for the user."""


class NotADatabaseError(StorageError):
    pass


class DatabaseTooNewError(StorageError):
    pass
