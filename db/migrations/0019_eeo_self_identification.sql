CREATE TABLE "eeo_responses" (
	"application_id" integer PRIMARY KEY NOT NULL,
	"gender" text,
	"race" text,
	"veteran_status" text,
	"disability_status" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "eeo_responses_gender_valid" CHECK (gender is null or gender in ('male', 'female', 'decline')),
	CONSTRAINT "eeo_responses_race_valid" CHECK (race is null or race in ('hispanic_latino', 'white', 'black', 'native_hawaiian_pacific_islander', 'asian', 'american_indian_alaska_native', 'two_or_more', 'decline')),
	CONSTRAINT "eeo_responses_veteran_valid" CHECK (veteran_status is null or veteran_status in ('protected', 'not_protected', 'decline')),
	CONSTRAINT "eeo_responses_disability_valid" CHECK (disability_status is null or disability_status in ('yes', 'no', 'decline'))
);
--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "eeo_enabled" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "eeo_responses" ADD CONSTRAINT "eeo_responses_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;