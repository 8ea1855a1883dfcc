ALTER TABLE "applications" ADD COLUMN "origin" text DEFAULT 'applied' NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "referrer_user_id" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "agency_name" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "added_by_user_id" text;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_referrer_user_id_users_id_fk" FOREIGN KEY ("referrer_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_added_by_user_id_users_id_fk" FOREIGN KEY ("added_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_origin" CHECK ("applications"."origin" in ('applied', 'sourced', 'agency', 'referral'));--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_agency_named" CHECK ("applications"."origin" <> 'agency' or "applications"."agency_name" is not null);