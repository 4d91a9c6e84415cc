Console.Error.WriteLine("usage: gantry <command> [options]");
return 2;
