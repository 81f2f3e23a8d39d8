import { prismaCliConfig } from '../../infra/prisma/prisma-cli-config';

export default prismaCliConfig(__dirname);
