"""The quantity stage: numbers in a claim's content, with qualifier and unit."""
