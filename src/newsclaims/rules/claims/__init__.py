"""The claim stage: cue words, claim candidates and the ordered claim rules."""
