CREATE TABLE "candidate_tags" (
	"candidate_id" integer NOT NULL,
	"tag" text NOT NULL,
	"added_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "candidate_tags_candidate_id_tag_pk" PRIMARY KEY("candidate_id","tag"),
	CONSTRAINT "candidate_tags_tag_normalised" CHECK ("candidate_tags"."tag" = lower(btrim("candidate_tags"."tag")) and char_length("candidate_tags"."tag") between 1 and 40)
);
--> statement-breakpoint
ALTER TABLE "candidate_tags" ADD CONSTRAINT "candidate_tags_candidate_id_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_tags" ADD CONSTRAINT "candidate_tags_added_by_user_id_users_id_fk" FOREIGN KEY ("added_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "candidate_tags_tag_idx" ON "candidate_tags" USING btree ("tag");