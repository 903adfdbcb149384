"""The exception tree.

SourcetraceError            base of every error the library raises
├── InputError              an input cannot be read as an article (recorded in problems)
│   ├── EmptyInput
│   ├── BinaryInput
│   ├── TooLarge
│   ├── FetchError          a URL could not be fetched
│   └── UnsupportedInput
├── ModelNotInstalled       the spaCy model package is missing (message says how to fix)
├── StoreError              the SQLite store cannot be opened or written
└── GoldFormatError         an evaluation gold file is malformed
"""

from __future__ import annotations


class SourcetraceError(Exception):
    code = "ST000"


class InputError(SourcetraceError):
    code = "ST100"


class EmptyInput(InputError):
    code = "ST101"


class BinaryInput(InputError):
    code = "ST102"


class TooLarge(InputError):
    code = "ST103"


class FetchError(InputError):
    code = "ST104"


class UnsupportedInput(InputError):
    code = "ST105"


class ModelNotInstalled(SourcetraceError):
    code = "ST200"


class StoreError(SourcetraceError):
    code = "ST300"


class GoldFormatError(SourcetraceError):
    code = "ST400"
