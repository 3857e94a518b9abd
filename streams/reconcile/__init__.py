"""The reconcile stage: the state of an incident as a pure function of its claims."""
