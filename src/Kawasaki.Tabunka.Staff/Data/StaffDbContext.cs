using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Kawasaki.Tabunka.Staff.Audit;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Kawasaki.Tabunka.Staff.Data;

/// <summary>
/// The staff database: accounts (ASP.NET Core Identity), drafts, history, audit; in PostgreSQL
/// mode also the state that every node shares (data-protection keys, published files and the
/// banner, zero-result counts). One model for both providers; each has its own migrations
/// (SQLite's in this assembly, PostgreSQL's in Kawasaki.Tabunka.Staff.PostgreSql).
/// </summary>
public sealed class StaffDbContext(DbContextOptions<StaffDbContext> options) : IdentityDbContext<StaffUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<SharedFile> SharedFiles => Set<SharedFile>();

    public DbSet<ZeroResultCount> ZeroResults => Set<ZeroResultCount>();

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
        builder.Entity<SharedFile>().HasKey(f => new { f.Area, f.Path });
        builder.Entity<SharedFile>().Property(f => f.Area).HasMaxLength(16);
        builder.Entity<SharedFile>().Property(f => f.Path).HasMaxLength(300);
        builder.Entity<SharedFile>().Property(f => f.Hash).HasMaxLength(64).IsConcurrencyToken();
        builder.Entity<SharedFile>().Property(f => f.ImportedHash).HasMaxLength(64);
        builder.Entity<SharedFile>().Property(f => f.UpdatedBy).HasMaxLength(AuditLog.MaxActor);
        builder.Entity<ZeroResultCount>().HasKey(z => new { z.Day, z.Language, z.Query });
        builder.Entity<ZeroResultCount>().Property(z => z.Day).HasMaxLength(10);
        builder.Entity<ZeroResultCount>().Property(z => z.Language).HasMaxLength(16);
        builder.Entity<ZeroResultCount>().Property(z => z.Query).HasMaxLength(100);

        // Every stored field has a bound, so nothing typed into a form can grow the database
        // without limit (AuditLog also cuts values to these lengths before storing them).
        builder.Entity<AuditEntry>().Property(a => a.Actor).HasMaxLength(AuditLog.MaxActor);
        builder.Entity<AuditEntry>().Property(a => a.Action).HasMaxLength(AuditLog.MaxAction);
        builder.Entity<AuditEntry>().Property(a => a.Target).HasMaxLength(AuditLog.MaxTarget);
        builder.Entity<AuditEntry>().Property(a => a.Detail).HasMaxLength(AuditLog.MaxDetail);
    }
}
