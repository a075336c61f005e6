using System.CommandLine;
using Kawasaki.Tabunka.Core.Configuration;
using Kawasaki.Tabunka.Staff.Cluster;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Kawasaki.Tabunka.Tools.Commands;

/// <summary>
/// The verbs for several nodes on PostgreSQL: <c>content import|export</c> and <c>database migrate</c>.
/// They read <c>Tabunka:Database</c> like the site (<c>Tabunka__Database__Provider</c>, <c>..__ConnectionString</c>).
/// </summary>
public static class ClusterVerbs
{
    /// <summary><c>content import DIR</c>, <c>content export DIR</c>.</summary>
    public static Command Content(CommandContext context)
    {
        var content = new Command("content", "published content in the shared PostgreSQL database");

        var from = new Argument<string>("DIR") { Description = "a content folder: {topic}/{id}/{lang}.md and places/{id}/*.yml" };
        var import = new Command("import", "publish every file whose text differs from the published one; report, never overwrite, guides staff changed since their last import") { from };
        import.SetAction(parsed => StaffServices.With(context, async services =>
        {
            var folder = Folder(context, parsed.GetValue(from)!, mustExist: true);
            var report = await Transfer(services).ImportAsync(folder, StaffServices.Operator);
            foreach (var path in report.Published)
            {
                context.Out.WriteLine($"published {path}");
            }

            foreach (var path in report.ChangedByStaff)
            {
                context.Out.WriteLine($"kept {path}: staff changed it since its last import; merge by hand in the staff area");
            }

            foreach (var path in report.Skipped)
            {
                context.Error.WriteLine($"skipped {path}: not a guide or place file");
            }

            foreach (var problem in report.Refused)
            {
                context.Error.WriteLine($"refused {problem}");
            }

            context.Out.WriteLine($"{report.Published.Count} published, {report.Unchanged} unchanged, {report.ChangedByStaff.Count} kept as staff changed them, {report.Refused.Select(p => p.Path).Distinct().Count()} refused");
            return report.ChangedByStaff.Count > 0 || report.Refused.Count > 0 ? ExitCodes.Findings : ExitCodes.Ok;
        }));
        content.Subcommands.Add(import);

        var to = new Argument<string>("DIR") { Description = "the folder to write the published files into (created when missing)" };
        var export = new Command("export", "write the published content to files, for a backup or a commit") { to };
        export.SetAction(parsed => StaffServices.With(context, async services =>
        {
            var folder = Folder(context, parsed.GetValue(to)!, mustExist: false);
            var count = await Transfer(services).ExportAsync(folder);
            context.Out.WriteLine($"{count} files written to {folder}");
            return ExitCodes.Ok;
        }));
        content.Subcommands.Add(export);
        return content;
    }

    /// <summary><c>database migrate</c>: for operators who apply migrations before starting the nodes.</summary>
    public static Command Database(CommandContext context)
    {
        var database = new Command("database", "the staff database (SQLite or PostgreSQL, as Tabunka:Database says)");
        var migrate = new Command("migrate", "create or update the database's tables (the site also does this at start)");
        migrate.SetAction(_ => StaffServices.With(context, services =>
        {
            var settings = services.GetRequiredService<IOptions<TabunkaOptions>>().Value.Database;
            context.Out.WriteLine($"the {settings.Provider} database is up to date");
            return Task.FromResult(ExitCodes.Ok);
        }));
        database.Subcommands.Add(migrate);
        return database;
    }

    private static ContentTransfer Transfer(IServiceProvider services) =>
        services.GetRequiredService<IOptions<TabunkaOptions>>().Value.Database.IsPostgreSql
            ? services.GetRequiredService<ContentTransfer>()
            : throw new UsageException("content import and export need Tabunka__Database__Provider=postgresql; with SQLite the content folder itself is the published state");

    private static string Folder(CommandContext context, string path, bool mustExist)
    {
        var full = Path.GetFullPath(path, context.WorkingDirectory);
        return !mustExist || Directory.Exists(full) ? full : throw new UsageException($"there is no folder {full}");
    }
}
