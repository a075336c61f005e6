using Kawasaki.Tabunka.Core.Content;

// Usage: CrashWriter FILE TEXT-A TEXT-B — writes A and B in turn until killed, announcing
// itself on standard output once the first write is done.
var (path, a, b) = (args[0], File.ReadAllText(args[1]), File.ReadAllText(args[2]));
for (var i = 0; ; i++)
{
    AtomicFile.WriteAllText(path, i % 2 == 0 ? b : a);
    if (i == 0)
    {
        Console.WriteLine("writing");
    }
}
