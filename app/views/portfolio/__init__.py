"""The portfolio overview shown when no account is selected: tier grid, risk and gap lists."""
