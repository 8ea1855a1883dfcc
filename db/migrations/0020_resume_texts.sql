CREATE TABLE "resume_texts" (
	"file_id" integer PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"problem" text,
	"document" "tsvector" NOT NULL,
	"extracted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resume_texts_status" CHECK ("resume_texts"."status" in ('extracted', 'unreadable')),
	CONSTRAINT "resume_texts_status_problem" CHECK (("resume_texts"."status" = 'extracted') = ("resume_texts"."problem" is null))
);
--> statement-breakpoint
ALTER TABLE "resume_texts" ADD CONSTRAINT "resume_texts_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "resume_texts_document_idx" ON "resume_texts" USING gin ("document");