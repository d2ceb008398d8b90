-- A catalogue unit price is an estimate someone made: it names where it comes from, and reports that value lines by it
-- say so (estimated values are kept apart from the values sources reported).
ALTER TABLE catalog_item ADD COLUMN unit_price_source TEXT;
