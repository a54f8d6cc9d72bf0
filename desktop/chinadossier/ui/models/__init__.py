"""Table models: adapt pages of frozen records to Qt views; they never query themselves."""
