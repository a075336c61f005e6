using System.Text;
using Kawasaki.Tabunka.Tools;

// Tools speak UTF-8 whatever the terminal's locale says: guides and tokens are Japanese.
Console.InputEncoding = new UTF8Encoding(false);
Console.OutputEncoding = new UTF8Encoding(false);

var context = new CommandContext(Console.In, Console.Out, Console.Error, Environment.CurrentDirectory);
return Cli.Run(args, context);
