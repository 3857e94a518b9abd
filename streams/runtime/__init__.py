"""The engine inside a worker: the Faust app and topology, agents, tables, state view and web."""
