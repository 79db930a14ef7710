// The database tests share one PostgreSQL database, so they run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
