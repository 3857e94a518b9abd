"""The `tally` command line: commands, terminal rendering, the demo and article sources."""
