"""The cadence policy and the daemon that checks due articles."""
