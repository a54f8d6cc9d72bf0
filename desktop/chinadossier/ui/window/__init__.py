"""The parts of the main window (ui.main_window composes them): one job per module."""
