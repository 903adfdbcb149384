"""Store: SQLite (one table per record kind), the analysis cache and the contract export."""

from .export import analysis_to_contract
from .sqlite import Store, read_contract

__all__ = ["Store", "analysis_to_contract", "read_contract"]
