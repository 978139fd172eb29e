// How many entities have an id under the prefix: the import bench checks every row was written.
MATCH (entity:Entity)
WHERE entity.id STARTS WITH $prefix
RETURN count(entity) AS nodes
