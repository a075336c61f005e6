using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Kawasaki.Tabunka.Staff.Audit;
using Microsoft.EntityFrameworkCore;

namespace Kawasaki.Tabunka.Staff.Data;

/// <summary>The staff database: accounts (ASP.NET Core Identity), drafts, history, audit.</summary>
public sealed class StaffDbContext(DbContextOptions<StaffDbContext> options) : IdentityDbContext<StaffUser>(options)
{
    public DbSet<Draft> Drafts => Set<Draft>();

    public DbSet<AutosaveBuffer> Autosaves => Set<AutosaveBuffer>();

    public DbSet<GuideRevision> Revisions => Set<GuideRevision>();

    public DbSet<AuditEntry> Audit => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // A place and a guide may share an id (the one-stop-center guide and place): keys include the topic.
        builder.Entity<Draft>().HasIndex(d => new { d.Topic, d.GuideId, d.Language }).IsUnique();
        builder.Entity<Draft>().Property(d => d.Version).IsConcurrencyToken();
        builder.Entity<AutosaveBuffer>().HasIndex(a => new { a.UserId, a.Topic, a.GuideId, a.Language }).IsUnique();
        builder.Entity<GuideRevision>().HasIndex(r => new { r.Topic, r.GuideId, r.Language, r.At });
        builder.Entity<GuideRevision>().HasIndex(r => new { r.GuideId, r.BodyRevision });
        builder.Entity<GuideRevision>().HasIndex(r => r.Pending);
        builder.Entity<AuditEntry>().HasIndex(a => a.At);

        // Every stored field has a bound, so nothing typed into a form can grow the database
        // without limit (AuditLog also cuts values to these lengths before storing them).
        builder.Entity<AuditEntry>().Property(a => a.Actor).HasMaxLength(AuditLog.MaxActor);
        builder.Entity<AuditEntry>().Property(a => a.Action).HasMaxLength(AuditLog.MaxAction);
        builder.Entity<AuditEntry>().Property(a => a.Target).HasMaxLength(AuditLog.MaxTarget);
        builder.Entity<AuditEntry>().Property(a => a.Detail).HasMaxLength(AuditLog.MaxDetail);
    }
}
