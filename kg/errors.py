class InputError(Exception):
    """Bad input: reported as one line naming the file and the problem."""
