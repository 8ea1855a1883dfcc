CREATE TABLE "rejection_reasons" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rejection_reasons_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"label" text NOT NULL,
	"position" integer NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rejection_reasons_label_length" CHECK (char_length(trim("rejection_reasons"."label")) between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "interview_interviewers" (
	"interview_id" integer NOT NULL,
	"user_id" text NOT NULL,
	CONSTRAINT "interview_interviewers_interview_id_user_id_pk" PRIMARY KEY("interview_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "interview_kinds" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "interview_kinds_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"criteria" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "interview_kinds_name_length" CHECK (char_length(trim("interview_kinds"."name")) between 1 and 80),
	CONSTRAINT "interview_kinds_criteria_array" CHECK (jsonb_typeof("interview_kinds"."criteria") = 'array' and jsonb_array_length("interview_kinds"."criteria") <= 12)
);
--> statement-breakpoint
CREATE TABLE "interview_plans" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "interview_plans_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"job_id" integer NOT NULL,
	"version" integer NOT NULL,
	"is_current" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interview_slot_interviewers" (
	"slot_id" integer NOT NULL,
	"user_id" text NOT NULL,
	CONSTRAINT "interview_slot_interviewers_slot_id_user_id_pk" PRIMARY KEY("slot_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "interview_slots" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "interview_slots_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"job_id" integer NOT NULL,
	"interview_kind_id" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"location" text,
	"video_url" text,
	"interview_id" integer,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interview_slots_interview_id_unique" UNIQUE("interview_id"),
	CONSTRAINT "interview_slots_duration_range" CHECK ("interview_slots"."duration_minutes" between 5 and 480)
);
--> statement-breakpoint
CREATE TABLE "interviewer_bookings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "interviewer_bookings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" text NOT NULL,
	"during" "tstzrange" NOT NULL,
	"interview_id" integer,
	"slot_id" integer,
	CONSTRAINT "interviewer_bookings_one_owner" CHECK (num_nonnulls("interviewer_bookings"."interview_id", "interviewer_bookings"."slot_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "interviews" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "interviews_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"application_id" integer NOT NULL,
	"interview_kind_id" integer NOT NULL,
	"uid" text NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"status" text NOT NULL,
	"starts_at" timestamp with time zone,
	"duration_minutes" integer NOT NULL,
	"location" text,
	"video_url" text,
	"interviewer_notes" text,
	"created_by_user_id" text,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interviews_uid_unique" UNIQUE("uid"),
	CONSTRAINT "interviews_status_known" CHECK ("interviews"."status" in ('awaiting_candidate', 'scheduled', 'cancelled')),
	CONSTRAINT "interviews_scheduled_has_time" CHECK ("interviews"."status" <> 'scheduled' or "interviews"."starts_at" is not null),
	CONSTRAINT "interviews_duration_range" CHECK ("interviews"."duration_minutes" between 5 and 480),
	CONSTRAINT "interviews_sequence_non_negative" CHECK ("interviews"."sequence" >= 0)
);
--> statement-breakpoint
CREATE TABLE "scorecards" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "scorecards_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"interview_id" integer NOT NULL,
	"application_id" integer NOT NULL,
	"user_id" text NOT NULL,
	"recommendation" text NOT NULL,
	"ratings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scorecards_recommendation_known" CHECK ("scorecards"."recommendation" in ('strong_no', 'no', 'yes', 'strong_yes')),
	CONSTRAINT "scorecards_notes_length" CHECK (char_length("scorecards"."notes") <= 10000)
);
--> statement-breakpoint
DROP INDEX "stages_job_position_unique";--> statement-breakpoint
DROP INDEX "stages_job_name_unique";--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "time_zone" text DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "reply_to_email" text;--> statement-breakpoint
ALTER TABLE "settings" ADD COLUMN "teams_edit_stages" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "reply_to_email" text;--> statement-breakpoint
ALTER TABLE "stages" ADD COLUMN "removed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "scorecard_average" numeric(3, 2);--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "scorecard_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "time_zone" text;--> statement-breakpoint
ALTER TABLE "stage_events" ADD COLUMN "rejection_reason_id" integer;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "calendar_method" text;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "calendar_ics" text;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "reply_to" text;--> statement-breakpoint
ALTER TABLE "interview_interviewers" ADD CONSTRAINT "interview_interviewers_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_interviewers" ADD CONSTRAINT "interview_interviewers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_kinds" ADD CONSTRAINT "interview_kinds_plan_id_interview_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."interview_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_plans" ADD CONSTRAINT "interview_plans_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_slot_interviewers" ADD CONSTRAINT "interview_slot_interviewers_slot_id_interview_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."interview_slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_slot_interviewers" ADD CONSTRAINT "interview_slot_interviewers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_slots" ADD CONSTRAINT "interview_slots_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_slots" ADD CONSTRAINT "interview_slots_interview_kind_id_interview_kinds_id_fk" FOREIGN KEY ("interview_kind_id") REFERENCES "public"."interview_kinds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_slots" ADD CONSTRAINT "interview_slots_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_slots" ADD CONSTRAINT "interview_slots_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviewer_bookings" ADD CONSTRAINT "interviewer_bookings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviewer_bookings" ADD CONSTRAINT "interviewer_bookings_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviewer_bookings" ADD CONSTRAINT "interviewer_bookings_slot_id_interview_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."interview_slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_interview_kind_id_interview_kinds_id_fk" FOREIGN KEY ("interview_kind_id") REFERENCES "public"."interview_kinds"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecards" ADD CONSTRAINT "scorecards_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecards" ADD CONSTRAINT "scorecards_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecards" ADD CONSTRAINT "scorecards_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "rejection_reasons_label_unique" ON "rejection_reasons" USING btree (lower("label"));--> statement-breakpoint
CREATE INDEX "interview_interviewers_user_idx" ON "interview_interviewers" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "interview_kinds_plan_key_unique" ON "interview_kinds" USING btree ("plan_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "interview_kinds_plan_position_unique" ON "interview_kinds" USING btree ("plan_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "interview_plans_job_version_unique" ON "interview_plans" USING btree ("job_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "interview_plans_one_current" ON "interview_plans" USING btree ("job_id") WHERE "interview_plans"."is_current";--> statement-breakpoint
CREATE INDEX "interview_slots_open_idx" ON "interview_slots" USING btree ("job_id","interview_kind_id","starts_at") WHERE "interview_slots"."interview_id" is null;--> statement-breakpoint
CREATE INDEX "interviewer_bookings_interview_idx" ON "interviewer_bookings" USING btree ("interview_id");--> statement-breakpoint
CREATE INDEX "interviewer_bookings_slot_idx" ON "interviewer_bookings" USING btree ("slot_id");--> statement-breakpoint
CREATE INDEX "interviews_application_idx" ON "interviews" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "interviews_scheduled_starts_idx" ON "interviews" USING btree ("starts_at") WHERE "interviews"."status" = 'scheduled';--> statement-breakpoint
CREATE UNIQUE INDEX "scorecards_interview_user_unique" ON "scorecards" USING btree ("interview_id","user_id");--> statement-breakpoint
CREATE INDEX "scorecards_application_idx" ON "scorecards" USING btree ("application_id");--> statement-breakpoint
ALTER TABLE "stage_events" ADD CONSTRAINT "stage_events_rejection_reason_id_rejection_reasons_id_fk" FOREIGN KEY ("rejection_reason_id") REFERENCES "public"."rejection_reasons"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "applications_job_scorecard_idx" ON "applications" USING btree ("job_id","scorecard_average" desc nulls last,"id");--> statement-breakpoint
CREATE INDEX "stage_events_rejection_reason_idx" ON "stage_events" USING btree ("rejection_reason_id") WHERE "stage_events"."rejection_reason_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "stages_job_position_unique" ON "stages" USING btree ("job_id","position") WHERE "stages"."removed_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "stages_job_name_unique" ON "stages" USING btree ("job_id","name") WHERE "stages"."removed_at" is null;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_calendar_method_known" CHECK ("email_outbox"."calendar_method" is null or ("email_outbox"."calendar_method" in ('REQUEST', 'CANCEL') and "email_outbox"."calendar_ics" is not null));