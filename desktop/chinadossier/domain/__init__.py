"""Pure Python core: codes, records, commands, rules and errors; imports nothing else of ours."""
