// opencme: the router process (see DESIGN.md "Command line"). Being built in issue 2.
int main() { return 0; }
