-- The standing last announced for each member program
ALTER TABLE "member_programs" ADD COLUMN "in_good_standing" BOOLEAN NOT NULL DEFAULT false;
UPDATE "member_programs" SET "in_good_standing" = ("membership" = 'member' AND COALESCE("dues_paid_through", -1) >= EXTRACT(YEAR FROM now() AT TIME ZONE 'UTC'));
