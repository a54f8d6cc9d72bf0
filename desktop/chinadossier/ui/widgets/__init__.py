"""Input widgets the forms share: dates, chips, pickers, Hanzi with pinyin, tags, files."""
