"""Scorers users run on their own gold annotations."""
