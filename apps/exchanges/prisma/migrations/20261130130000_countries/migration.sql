-- AlterTable
ALTER TABLE "known_partnerships" ADD COLUMN     "member_country_code" CHAR(2),
ADD COLUMN     "partner_country_code" CHAR(2);

-- AlterTable
ALTER TABLE "exchange_programs" ADD COLUMN     "member_country_code" CHAR(2),
ADD COLUMN     "partner_country_code" CHAR(2);

