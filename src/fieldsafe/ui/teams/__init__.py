"""Teams and the team folder in the window: editing teams, reading the inbox, what arrived."""
