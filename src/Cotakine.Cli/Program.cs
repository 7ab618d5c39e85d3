Console.WriteLine("cotakine");
