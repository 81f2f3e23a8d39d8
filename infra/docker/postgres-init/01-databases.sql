-- One database per service (a service never reads another service's database).
-- Run by the postgres image once, when its data volume is first initialised.
CREATE DATABASE scn_partnerships;
CREATE DATABASE scn_exchanges;
CREATE DATABASE scn_applications;
CREATE DATABASE scn_notifications;
CREATE DATABASE scn_gateway;
