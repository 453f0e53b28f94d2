"""Who works at the desk: sign-in, change of password, idle lock, sign-out and switch of user."""
