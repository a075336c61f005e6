using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
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
        builder.Entity<Draft>().HasIndex(d => new { d.GuideId, d.Language }).IsUnique();
        builder.Entity<Draft>().Property(d => d.Version).IsConcurrencyToken();
        builder.Entity<AutosaveBuffer>().HasIndex(a => new { a.UserId, a.GuideId, a.Language }).IsUnique();
        builder.Entity<GuideRevision>().HasIndex(r => new { r.GuideId, r.Language, r.At });
        builder.Entity<GuideRevision>().HasIndex(r => new { r.GuideId, r.BodyRevision });
        builder.Entity<AuditEntry>().HasIndex(a => a.At);
    }
}
