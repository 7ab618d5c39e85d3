// The floor of the CLI start-up benchmark: the runtime starts, runs nothing and exits 0.
return 0;
