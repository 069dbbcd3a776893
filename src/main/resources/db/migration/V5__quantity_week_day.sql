-- Amounts paid per week or per day ("5 million euros per week") get a period, and so a value per month.
ALTER TABLE quantity DROP CONSTRAINT quantity_period_check;
ALTER TABLE quantity ADD CONSTRAINT quantity_period_check CHECK (period IN ('DAY', 'WEEK', 'MONTH', 'YEAR'));
