-- CreateTable
CREATE TABLE "program_requirements" (
    "exchange_program_id" UUID NOT NULL,
    "documents" JSONB NOT NULL,
    "questions" JSONB NOT NULL,
    "recommendations" INTEGER NOT NULL,
    "updated_by" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "program_requirements_pkey" PRIMARY KEY ("exchange_program_id")
);

-- CreateTable
CREATE TABLE "application_documents" (
    "application_id" UUID NOT NULL,
    "requirement_key" TEXT NOT NULL,
    "file_name" TEXT,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "content" BYTEA NOT NULL,
    "uploaded_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "application_documents_pkey" PRIMARY KEY ("application_id","requirement_key")
);

-- CreateTable
CREATE TABLE "application_answers" (
    "application_id" UUID NOT NULL,
    "exchange_program_id" UUID NOT NULL,
    "answers" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "application_answers_pkey" PRIMARY KEY ("application_id","exchange_program_id")
);

-- CreateTable
CREATE TABLE "recommendations" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "exchange_program_id" UUID NOT NULL,
    "referee_name" TEXT NOT NULL,
    "referee_email" TEXT NOT NULL,
    "requested_at" TIMESTAMPTZ(3) NOT NULL,
    "link_expires_at" TIMESTAMPTZ(3) NOT NULL,
    "cancelled_at" TIMESTAMPTZ(3),
    "received_at" TIMESTAMPTZ(3),
    "letter" BYTEA,
    "letter_size" INTEGER,
    "letter_sha256" CHAR(64),

    CONSTRAINT "recommendations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "recommendations_application_id_exchange_program_id_idx" ON "recommendations"("application_id", "exchange_program_id");

-- AddForeignKey
ALTER TABLE "application_documents" ADD CONSTRAINT "application_documents_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_answers" ADD CONSTRAINT "application_answers_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Documents and letters are PDF, JPEG or PNG, compressed already: keep them out of line uncompressed
ALTER TABLE "application_documents" ALTER COLUMN "content" SET STORAGE EXTERNAL;
ALTER TABLE "recommendations" ALTER COLUMN "letter" SET STORAGE EXTERNAL;
