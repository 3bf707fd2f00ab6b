"""The text stage: page furniture, text in capitals, the layout (paragraphs, sentences, quotations) and the dateline."""
