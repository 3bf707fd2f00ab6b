"""The actor stage: mentions of people, organisations, governments and groups, and their coreference."""
