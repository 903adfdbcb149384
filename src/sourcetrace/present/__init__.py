"""Present: report, web UI and exports. Reads the contract/store only; never imports analyzers."""
